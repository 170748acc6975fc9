package com.morningbackcoach.audio;

import java.util.ArrayList;
import java.util.List;

/** What plays besides the words: chimes and the bed, chimes only ("no music"), or the words alone ("quiet mode"). */
public enum AudioMode {
    FULL,
    NO_MUSIC,
    QUIET;

    /** {@code audio} with the sounds this mode leaves out taken away; the timing stays. */
    public Track.Sequence apply(Track.Sequence audio) {
        return this == FULL ? audio : (Track.Sequence) keep(audio);
    }

    private Track keep(Track track) {
        if (track instanceof Track.Sequence sequence) {
            return new Track.Sequence(keepAll(sequence.items()));
        }
        if (track instanceof Track.Mixed mixed) {
            return new Track.Mixed(keepAll(mixed.layers()));
        }
        if (track instanceof Track.Sound sound && plays(sound.kind())) {
            return sound;
        }
        return track instanceof Track.Sound ? null : track;
    }

    private List<Track> keepAll(List<Track> tracks) {
        List<Track> kept = new ArrayList<>();
        for (Track track : tracks) {
            Track left = keep(track);
            if (left != null && !(left instanceof Track.Sequence empty && empty.items().isEmpty())) {
                kept.add(left);
            }
        }
        return kept;
    }

    private boolean plays(Sounds.Kind kind) {
        return this == FULL || (this == NO_MUSIC && kind != Sounds.Kind.BED);
    }
}
