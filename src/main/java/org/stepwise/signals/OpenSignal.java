package org.stepwise.signals;

/** An open signal on the director's list, with the client's name and record number. */
public record OpenSignal(LevelOfCareSignal signal, String clientName, String recordNumber) {}
