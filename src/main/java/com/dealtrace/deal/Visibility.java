package com.dealtrace.deal;

/** Who may read a deal: anyone, or logged-in members only. */
public enum Visibility {
    PUBLIC, MEMBERS
}
