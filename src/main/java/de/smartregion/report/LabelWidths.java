package de.smartregion.report;

/**
 * How wide a chart label is set, in SVG units, so that a chart can leave room for its longest label. No font
 * metrics are at hand when the SVG is built (measuring with the renderer would load AWT or parse the font on every
 * run), so the advance widths of the bundled Open Sans Regular, which the PDF sets chart text in, are written here:
 * taken from its hmtx table, in font units of 2048 per em.
 */
final class LabelWidths {

    /**
     * A browser without Open Sans sets the HTML in a fallback: Arial is narrower, DejaVu Sans (Linux's usual
     * sans-serif) 8 % wider; a label is given room for the wider of them.
     */
    static final double ALLOWANCE = 1.1;
    /** The height above the baseline that accented capitals (Ö, Ü) reach, in em. */
    static final double ASCENT = 0.95;

    private static final double UNITS_PER_EM = 2048;
    /** A glyph not in the tables (CJK, emoji, …): a full em, as wide as the widest Latin glyphs. */
    private static final int WIDE = 2048;

    /** U+0020 to U+007E. */
    private static final short[] ASCII = {
            532, 547, 821, 1323, 1171, 1686, 1495, 453, 606, 606, 1130, 1171, 502, 659, 545, 752,
            1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 1171, 545, 545, 1171, 1171, 1171, 879,
            1841, 1296, 1327, 1292, 1493, 1139, 1057, 1491, 1511, 571, 547, 1257, 1063, 1849, 1544, 1595,
            1233, 1595, 1266, 1124, 1133, 1491, 1219, 1896, 1182, 1147, 1169, 674, 752, 674, 1110, 918,
            1182, 1139, 1255, 975, 1255, 1149, 694, 1122, 1257, 518, 518, 1075, 518, 1905, 1257, 1237,
            1255, 1255, 836, 977, 723, 1257, 1026, 1593, 1073, 1032, 958, 776, 1128, 776, 1171
    };

    /** U+00A0 to U+017F: Latin-1 and Latin Extended-A, for German and the names of neighbouring countries. */
    private static final short[] LATIN = {
            532, 547, 1171, 1171, 1171, 1171, 1128, 1057, 1182, 1704, 725, 1018, 1171, 659, 1704, 1024,
            877, 1171, 711, 711, 1182, 1268, 1341, 545, 465, 711, 768, 1018, 1597, 1597, 1597, 879,
            1296, 1296, 1296, 1296, 1296, 1296, 1788, 1292, 1139, 1139, 1139, 1139, 571, 571, 571, 571,
            1479, 1544, 1595, 1595, 1595, 1595, 1595, 1171, 1595, 1491, 1491, 1491, 1491, 1147, 1251, 1274,
            1139, 1139, 1139, 1139, 1139, 1139, 1757, 975, 1149, 1149, 1149, 1149, 518, 518, 518, 518,
            1221, 1257, 1237, 1237, 1237, 1237, 1237, 1171, 1237, 1257, 1257, 1257, 1257, 1032, 1255, 1032,
            1296, 1139, 1296, 1139, 1296, 1139, 1292, 975, 1292, 975, 1292, 975, 1292, 975, 1493, 1255,
            1479, 1255, 1139, 1149, 1139, 1149, 1139, 1149, 1139, 1149, 1139, 1149, 1491, 1122, 1491, 1122,
            1491, 1122, 1491, 1122, 1511, 1257, 1511, 1257, 571, 518, 571, 518, 571, 518, 571, 518,
            571, 518, 1118, 1036, 547, 518, 1257, 1075, 1061, 1063, 518, 1063, 518, 1063, 518, 1063,
            643, 1071, 535, 1544, 1257, 1544, 1257, 1544, 1257, 1395, 1544, 1257, 1595, 1237, 1595, 1237,
            1595, 1237, 1890, 1929, 1266, 836, 1266, 836, 1266, 836, 1124, 977, 1124, 977, 1124, 977,
            1124, 977, 1133, 723, 1133, 723, 1133, 723, 1491, 1257, 1491, 1257, 1491, 1257, 1491, 1257,
            1491, 1257, 1491, 1257, 1896, 1593, 1147, 1032, 1147, 1169, 958, 1169, 958, 1169, 958, 655
    };

    private LabelWidths() {
    }

    /** The width {@code text} takes at {@code fontSize} in any of the fonts a chart may be set in. */
    static double of(String text, double fontSize) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            units += advance(c);
        }
        return units / UNITS_PER_EM * fontSize * ALLOWANCE;
    }

    /**
     * {@code text} as it fits into {@code width} at {@code fontSize}: whole, or cut at the end with an ellipsis, for a
     * picture whose full texts stand in a table beside it.
     */
    static String fit(String text, double fontSize, double width) {
        if (of(text, fontSize) <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && of(text.substring(0, end).stripTrailing() + ellipsis, fontSize) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    private static int advance(int c) {
        if (c >= 0x20 && c < 0x7f) {
            return ASCII[c - 0x20];
        }
        if (c >= 0xa0 && c < 0x180) {
            return LATIN[c - 0xa0];
        }
        return switch (c) {
            case 0x2013 -> 1024; // en dash
            case 0x2014 -> 2048; // em dash
            case 0x2018, 0x2019 -> 348; // single quotes
            case 0x201a -> 502;
            case 0x201c, 0x201d -> 717; // double quotes
            case 0x201e -> 829;
            case 0x2026 -> 1606; // ellipsis
            case 0x2022 -> 770; // bullet
            case 0x20ac -> 1208; // euro
            default -> Character.getType(c) == Character.NON_SPACING_MARK || Character.isISOControl(c) ? 0 : WIDE;
        };
    }
}
