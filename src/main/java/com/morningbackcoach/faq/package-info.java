/**
 * The questions the skill answers, read per locale. Imports nothing of Alexa or AWS.
 */
package com.morningbackcoach.faq;
