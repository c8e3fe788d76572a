package com.dealtrace.deal;

import java.util.Arrays;

/** A confidence grade as written on the scale: A, A/B, B/C, C/D or D. */
public enum Grade {
    A("A"), A_B("A/B"), B_C("B/C"), C_D("C/D"), D("D");

    private final String code;

    Grade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Grade ofCode(String code) {
        return Arrays.stream(values())
                .filter(grade -> grade.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown grade: " + code));
    }
}
