package dev.cxkit.model;

import dev.cxkit.internal.Checks;

import java.util.Locale;

/**
 * The medium through which a customer meets the brand at a touchpoint. Common channels are
 * constants; any other is {@link #of(String) one call away}. Names are compared in lower case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the channel's name, lower case
 */
public record Channel(String name) {

    /** Websites. */
    public static final Channel WEB = new Channel("web");
    /** Mobile apps. */
    public static final Channel APP = new Channel("app");
    /** Physical stores. */
    public static final Channel STORE = new Channel("store");
    /** Phone calls, to a contact centre or a shop. */
    public static final Channel PHONE = new Channel("phone");
    /** Email. */
    public static final Channel EMAIL = new Channel("email");
    /** Live chat with an agent. */
    public static final Channel CHAT = new Channel("chat");
    /** Automated chat. */
    public static final Channel CHATBOT = new Channel("chatbot");
    /** Social networks. */
    public static final Channel SOCIAL = new Channel("social");
    /** Paid advertising (an indirect contact). */
    public static final Channel ADVERTISING = new Channel("advertising");
    /** Word of mouth: friends, reviews, news (an indirect contact). */
    public static final Channel WORD_OF_MOUTH = new Channel("word-of-mouth");

    /**
     * Checks that the name is not blank and stores it in lower case.
     *
     * @param name the channel's name, lower case
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public Channel {
        Checks.nonBlank(name, "channel");
        name = name.toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the channel named {@code name}}
     *
     * @param name the channel's name, lower case
     */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
