package com.morningbackcoach.audio;

/**
 * Amazon's limits for an APL for Audio response, which the coach never exceeds.
 * <ul>
 * <li>The whole audio response lasts at most 240 seconds: "Response length", Audio (APL for Audio),
 * https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apla-audio.html</li>
 * <li>At most 15 audio files (sound library clips) in one response, as reported by developers (Amazon's reference
 * names no count; the lower of the figures found is kept).</li>
 * <li>A response is at most 120 KB, the document and its data sources included:
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html</li>
 * </ul>
 */
public final class AudioLimits {

    public static final double MAX_SECONDS = 240;
    public static final int MAX_CLIPS = 15;
    public static final int MAX_DOCUMENT_BYTES = 120 * 1024;

    private AudioLimits() {
    }

    /** {@code track} if it is within the limits of length and clips; else an IllegalStateException naming which. */
    public static Track check(Track track) {
        if (track.seconds() > MAX_SECONDS) {
            throw new IllegalStateException("Audio of " + Math.round(track.seconds()) + " s, over " + MAX_SECONDS);
        }
        if (track.clips() > MAX_CLIPS) {
            throw new IllegalStateException("Audio of " + track.clips() + " clips, over " + MAX_CLIPS);
        }
        return track;
    }

    /** {@code bytes} of a rendered document and data if within the size limit; else an IllegalStateException. */
    public static int checkSize(int bytes) {
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new IllegalStateException("An audio document of " + bytes + " bytes, over " + MAX_DOCUMENT_BYTES);
        }
        return bytes;
    }
}
