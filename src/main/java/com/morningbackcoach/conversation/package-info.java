/**
 * The base every feature stands on: one turn's conversation, typed session keys, questions, activities, the reply
 * and its renderer, and the handlers that route answers to the open question. Knows no feature; may import
 * storage, the Alexa APIs, speech and logging.
 */
package com.morningbackcoach.conversation;
