/**
 * The wiring: the Lambda entry point, every handler and question in one place, the runtime built from the
 * environment, and SnapStart priming. May import every package of the skill.
 */
package com.morningbackcoach.app;
