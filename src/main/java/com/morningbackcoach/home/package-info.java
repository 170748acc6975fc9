/**
 * The menu: launch, and what yes, no, help and the moves mean when the user is in no activity. Composes the
 * features; may import them and everything below them.
 */
package com.morningbackcoach.home;
