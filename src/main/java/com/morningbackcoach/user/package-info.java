/**
 * Storage of a user's profile: the profile, its session codec, the store interface and its in-memory and
 * background forms. May import the domain packages only.
 */
package com.morningbackcoach.user;
