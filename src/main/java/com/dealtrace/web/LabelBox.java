package com.dealtrace.web;

/**
 * The box a line of text takes in a drawing laid out on the server, so that labels can be placed without covering
 * each other. Widths are estimated from the letters (wide capitals, narrow i, l and spaces) on the generous side
 * of the sans-serif fonts browsers use, since the server cannot measure the reader's font.
 *
 * @param x left edge
 * @param y top edge
 */
public record LabelBox(double x, double y, double width, double height) {

    /** The box of {@code text} at {@code fontSize} whose baseline starts at (x, baseline). */
    public static LabelBox ofText(String text, double x, double baseline, double fontSize) {
        return new LabelBox(x, baseline - fontSize, width(text, fontSize), fontSize * 1.25);
    }

    /** The estimated width of {@code text} at {@code fontSize}, in the drawing's units. */
    public static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtfrI.,;:'!|() ·".indexOf(c) >= 0) {
                ems += 0.36;
            }
            else if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '—' || c == '%') {
                ems += 0.8;
            }
            else {
                ems += 0.6;
            }
        }
        return ems * fontSize;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean overlaps(LabelBox other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
