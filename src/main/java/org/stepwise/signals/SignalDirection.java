package org.stepwise.signals;

/** Which way a signal points: more intensive care, less intensive care, or something coming due. */
public enum SignalDirection {
    UP, DOWN, DUE
}
