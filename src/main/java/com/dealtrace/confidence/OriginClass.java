package com.dealtrace.confidence;

/**
 * What kind of voice an origin is: a participant of the deal speaking for itself (direct), a regulator, court or
 * filing (official), or anyone else — press, analysts, others (independent).
 */
public enum OriginClass {
    DIRECT, OFFICIAL, INDEPENDENT
}
