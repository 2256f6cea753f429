package de.smartregion.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chart geometry in SVG user units, computed here so that templates only place ready-made coordinates. */
public final class Charts {

    private Charts() {
    }

    /** One axis of the radar: a field with its score (null when the field has no score). */
    public record Axis(String label, Double score, String value) {
    }

    /**
     * @param rings polygons for 20, 40, …, 100
     * @param area the polygon of the scores
     * @param dots the score points
     */
    public record Radar(int width, int height, String cx, String cy, List<String> rings, List<Spoke> spokes,
                        String area, List<Point> dots, List<Label> labels) {
    }

    public record Spoke(String x2, String y2) {
    }

    public record Point(String x, String y) {
    }

    /** A label at (x, y) with SVG text-anchor; {@code value} goes on a second line. */
    public record Label(String x, String y, String anchor, String text, String value) {
    }

    static final int RADAR_WIDTH = 600;
    static final int RADAR_HEIGHT = 420;
    private static final double R = 140;
    private static final double LABEL_GAP = 16;

    public static Radar radar(List<Axis> axes) {
        double cx = RADAR_WIDTH / 2.0;
        double cy = RADAR_HEIGHT / 2.0;
        int n = axes.size();
        List<String> rings = new ArrayList<>();
        for (int level = 20; level <= 100; level += 20) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(xy(cx, cy, R * level / 100, angle(i, n)));
            }
            rings.add(String.join(" ", points));
        }
        List<Spoke> spokes = new ArrayList<>();
        List<String> area = new ArrayList<>();
        List<Point> dots = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            spokes.add(new Spoke(num(cx + R * Math.cos(a)), num(cy + R * Math.sin(a))));
            Axis axis = axes.get(i);
            double r = R * (axis.score() == null ? 0 : axis.score()) / 100;
            area.add(xy(cx, cy, r, a));
            dots.add(new Point(num(cx + r * Math.cos(a)), num(cy + r * Math.sin(a))));
            double lx = cx + (R + LABEL_GAP) * Math.cos(a);
            double ly = cy + (R + LABEL_GAP) * Math.sin(a);
            String anchor = Math.abs(Math.cos(a)) < 0.2 ? "middle" : Math.cos(a) > 0 ? "start" : "end";
            // labels above the centre sit higher so that their two lines stay clear of the chart
            double shift = Math.sin(a) < -0.2 ? -14 : Math.sin(a) > 0.2 ? 10 : -2;
            labels.add(new Label(num(lx), num(ly + shift), anchor, axis.label(), axis.value()));
        }
        return new Radar(RADAR_WIDTH, RADAR_HEIGHT, num(cx), num(cy), rings, spokes, String.join(" ", area), dots,
                labels);
    }

    /** Axis i of n, clockwise from the top. */
    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String xy(double cx, double cy, double r, double a) {
        return num(cx + r * Math.cos(a)) + "," + num(cy + r * Math.sin(a));
    }

    /** Coordinates with one decimal and a dot, whatever the locale: SVG needs exactly that. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v + 0.0);
    }

    /** A cell colour: red at 0, amber at 50, green at 100; grey when there is no score. */
    public record Shade(String fill, String ink) {
    }

    private static final int[] LOW = {215, 48, 39};
    private static final int[] MID = {253, 208, 120};
    private static final int[] HIGH = {26, 152, 80};

    public static Shade shade(Double score) {
        if (score == null) {
            return new Shade("#e5e7eb", "#374151");
        }
        double t = Math.max(0, Math.min(100, score)) / 100;
        int[] from = t < 0.5 ? LOW : MID;
        int[] to = t < 0.5 ? MID : HIGH;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        int r = (int) Math.round(from[0] + (to[0] - from[0]) * u);
        int g = (int) Math.round(from[1] + (to[1] - from[1]) * u);
        int b = (int) Math.round(from[2] + (to[2] - from[2]) * u);
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return new Shade(String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b),
                luminance > 140 ? "#1f2937" : "#ffffff");
    }
}
