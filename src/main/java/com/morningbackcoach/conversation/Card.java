package com.morningbackcoach.conversation;

/**
 * A card for the Alexa app: a title and plain text, never SSML; or, with {@code permissionScope} set, the card that
 * lets the user grant that permission.
 */
public record Card(String title, String text, String permissionScope) {

    public Card(String title, String text) {
        this(title, text, null);
    }

    /** The Alexa app's card for granting {@code scope}, where it cannot be granted by voice. */
    public static Card askingFor(String scope) {
        return new Card(null, null, scope);
    }

    public boolean asksForPermission() {
        return permissionScope != null;
    }
}
