package dev.cxkit.model;

import dev.cxkit.internal.Checks;

import java.util.Locale;

/**
 * The medium through which a customer meets the brand at a touchpoint. Common channels are
 * constants; any other is {@link #of(String) one call away}. Names are compared in lower case.
 *
 * @param name the channel's name, lower case
 */
public record Channel(String name) {

    public static final Channel WEB = new Channel("web");
    public static final Channel APP = new Channel("app");
    public static final Channel STORE = new Channel("store");
    public static final Channel PHONE = new Channel("phone");
    public static final Channel EMAIL = new Channel("email");
    public static final Channel CHAT = new Channel("chat");
    public static final Channel CHATBOT = new Channel("chatbot");
    public static final Channel SOCIAL = new Channel("social");
    public static final Channel ADVERTISING = new Channel("advertising");
    public static final Channel WORD_OF_MOUTH = new Channel("word-of-mouth");

    public Channel {
        Checks.nonBlank(name, "channel");
        name = name.toLowerCase(Locale.ROOT);
    }

    /** The channel named {@code name}. */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
