/**
 * The user's data as a whole: "delete my data" and the SkillDisabled event. May import the conversation base and
 * storage.
 */
package com.morningbackcoach.account;
