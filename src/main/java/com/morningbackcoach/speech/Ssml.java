package com.morningbackcoach.speech;

/** Small helpers for the SSML fragments the skill speaks. */
public final class Ssml {

    private Ssml() {
    }

    /** The words of an SSML fragment as plain text, for cards and screens: tags dropped, entities decoded. */
    public static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([.,!?;:])", "$1")
                .trim();
    }
}
