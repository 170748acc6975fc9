/**
 * Answers by voice: topics by entity resolution, direct questions, the rest of long answers. May import the
 * conversation base and the domain.
 */
package com.morningbackcoach.faq.handler;
