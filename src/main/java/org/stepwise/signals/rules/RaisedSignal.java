package org.stepwise.signals.rules;

import org.stepwise.signals.SignalKind;

/**
 * A signal that holds today.
 *
 * @param topic what it is about when a kind can hold more than once (an instrument's code); "" otherwise
 */
public record RaisedSignal(SignalKind kind, String topic, Evidence evidence) {

    /** The stable key of this kind and topic (one open signal per key and episode). */
    public String key() {
        return key(kind, topic);
    }

    /** The key of a kind and topic, for a raised signal and a stored one alike. */
    public static String key(SignalKind kind, String topic) {
        return kind.name() + ":" + topic;
    }

    public String fingerprint() {
        return evidence.fingerprint(key());
    }
}
