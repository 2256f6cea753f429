package de.smartregion.report;

import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.List;

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

    static final int RADAR_MIN_WIDTH = 600;
    static final int RADAR_HEIGHT = 420;
    private static final double R = 140;
    private static final double LABEL_GAP = 16;
    /** Generous mean glyph advance of the 12px label font; no font metrics are at hand when the SVG is built. */
    private static final double LABEL_CHAR_WIDTH = 6.8;

    public static Radar radar(List<Axis> axes) {
        int n = axes.size();
        int width = radarWidth(axes);
        double cx = width / 2.0;
        double cy = RADAR_HEIGHT / 2.0;
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
            String anchor = sideways(a) ? Math.cos(a) > 0 ? "start" : "end" : "middle";
            // labels above the centre sit higher so that their two lines stay clear of the chart
            double shift = Math.sin(a) < -0.2 ? -14 : Math.sin(a) > 0.2 ? 10 : -2;
            labels.add(new Label(num(lx), num(ly + shift), anchor, axis.label(), axis.value()));
        }
        return new Radar(width, RADAR_HEIGHT, num(cx), num(cy), rings, spokes, String.join(" ", area), dots,
                labels);
    }

    /** Wide enough that the longest label beside the chart is not cut off at the edge of the picture. */
    private static int radarWidth(List<Axis> axes) {
        double half = RADAR_MIN_WIDTH / 2.0;
        for (int i = 0; i < axes.size(); i++) {
            double a = angle(i, axes.size());
            if (sideways(a)) {
                double text = axes.get(i).label().length() * LABEL_CHAR_WIDTH;
                double reach = (R + LABEL_GAP) * Math.abs(Math.cos(a)) + text;
                half = Math.max(half, reach + 8);
            }
        }
        return (int) Math.ceil(half) * 2;
    }

    /** Labels of axes pointing left or right run away from the chart; the others are centred above or below. */
    private static boolean sideways(double angle) {
        return Math.abs(Math.cos(angle)) >= 0.2;
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
        // no String.format: its first use slows every start-up (see bench/README.md, Start-up)
        return de.smartregion.model.Rounding.halfUp(v + 0.0, 1).toPlainString();
    }

    private static String hex(int component) {
        String h = Integer.toHexString(component);
        return h.length() == 1 ? "0" + h : h;
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
        // of black and white, the ink that contrasts more: at least 4.58:1 (WCAG asks 4.5:1 for small text)
        double luminance = relativeLuminance(r, g, b);
        double onWhite = 1.05 / (luminance + 0.05);
        double onBlack = (luminance + 0.05) / 0.05;
        return new Shade("#" + hex(r) + hex(g) + hex(b), onBlack > onWhite ? "#000000" : "#ffffff");
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    private static double relativeLuminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** A horizontal box plot per row on the 0..100 scale, x in SVG units. */
    public record BoxPlot(int width, int height, String axisLeft, String axisRight, String gridBottom,
                          String tickY, List<Tick> ticks, List<Box> boxes) {
    }

    public record Tick(String x, String label) {
    }

    /** Whiskers min..max, box p25..p75, median line and mean dot; {@code y} is the row's centre line. */
    public record Box(String label, String y, String top, String bottom, String height, String min, String p25,
                      String median, String p75, String max, String mean, String boxWidth, String n) {
    }

    static final int BOX_LABEL_WIDTH = 210;
    static final int BOX_PLOT_WIDTH = 380;
    static final int BOX_ROW = 30;

    /** One row of a box plot: the five numbers and the mean of a distribution, NaN-free. */
    public record Distribution(String label, double min, double p25, double median, double p75, double max,
                               double mean, int n) {
    }

    public static BoxPlot boxplot(List<Distribution> rows) {
        double left = BOX_LABEL_WIDTH;
        int height = 30 + rows.size() * BOX_ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) {
            ticks.add(new Tick(num(left + BOX_PLOT_WIDTH * v / 100.0), Integer.toString(v)));
        }
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Distribution d = rows.get(i);
            double y = 12 + BOX_ROW * i + BOX_ROW / 2.0;
            double p25 = Double.parseDouble(x(left, d.p25()));
            double p75 = Double.parseDouble(x(left, d.p75()));
            boxes.add(new Box(d.label(), num(y), num(y - 8), num(y + 8), num(16), x(left, d.min()), num(p25),
                    x(left, d.median()), num(p75), x(left, d.max()), x(left, d.mean()), num(p75 - p25),
                    Integer.toString(d.n())));
        }
        return new BoxPlot(BOX_LABEL_WIDTH + BOX_PLOT_WIDTH + 20, height, num(left), num(left + BOX_PLOT_WIDTH),
                num(height - 18), num(height - 4), ticks, boxes);
    }

    private static String x(double left, double score) {
        return num(left + BOX_PLOT_WIDTH * Math.max(0, Math.min(100, score)) / 100);
    }

    /** A grid of coloured cells with values: rows are municipalities, columns fields. */
    public record HeatGrid(int width, int height, List<HeatColumn> columns, List<HeatLine> rows) {
    }

    public record HeatColumn(String x, String label) {
    }

    public record HeatLine(String y, String textY, String label, List<HeatSquare> cells) {
    }

    public record HeatSquare(String x, String textX, String fill, String ink, String value) {
    }

    static final int GRID_LABEL_WIDTH = 190;
    static final int GRID_CELL_WIDTH = 56;
    static final int GRID_CELL_HEIGHT = 20;
    static final int GRID_HEADER = 110;

    /**
     * One row of a heat map: its label, and per column the score and the score as shown.
     *
     * @param scores null where there is none
     */
    public record HeatValues(String label, Scores scores, List<String> texts) {
        public HeatValues {
            texts = List.copyOf(texts);
            if (texts.size() != scores.size()) {
                throw new IllegalArgumentException(scores.size() + " scores but " + texts.size() + " texts");
            }
        }
    }

    public static HeatGrid heatGrid(List<String> columns, List<HeatValues> rows) {
        List<HeatColumn> cols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cols.add(new HeatColumn(num(GRID_LABEL_WIDTH + GRID_CELL_WIDTH * c + GRID_CELL_WIDTH / 2.0),
                    columns.get(c)));
        }
        List<HeatLine> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double y = GRID_HEADER + GRID_CELL_HEIGHT * r;
            List<HeatSquare> cells = new ArrayList<>();
            HeatValues row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                double x = GRID_LABEL_WIDTH + GRID_CELL_WIDTH * c;
                Shade shade = shade(row.scores().get(c));
                cells.add(new HeatSquare(num(x), num(x + GRID_CELL_WIDTH / 2.0), shade.fill(), shade.ink(),
                        row.texts().get(c)));
            }
            lines.add(new HeatLine(num(y), num(y + GRID_CELL_HEIGHT * 0.68), row.label(), cells));
        }
        return new HeatGrid(GRID_LABEL_WIDTH + GRID_CELL_WIDTH * columns.size() + 90,
                GRID_HEADER + GRID_CELL_HEIGHT * rows.size() + 4, cols, lines);
    }

    /** A line chart of scores 0..100 over periods. */
    public record LineChart(int width, int height, String left, String right, String top, String bottom,
                            List<Tick> xTicks, List<Tick> yTicks, List<Line> lines) {
    }

    /** @param legendY where this line's legend entry stands */
    public record Line(String label, String colour, String width, String points, List<Point> dots, String legendX,
                       String legendY) {
    }

    /** One line of a chart: a label and a score per period, null where there is none. */
    public record LineSeries(String label, Scores values, boolean bold) {
    }

    private static final String[] COLOURS = {"#123c69", "#1a7f45", "#c2410c", "#7c3aed", "#0e7490", "#b45309"};

    public static LineChart lineChart(List<String> periods, List<LineSeries> series) {
        int width = 640;
        int height = 300;
        double left = 44;
        double right = 470;
        double top = 16;
        double bottom = 260;
        int n = periods.size();
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xTicks.add(new Tick(num(px(i, n, left, right)), periods.get(i)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) {
            yTicks.add(new Tick(num(bottom - (bottom - top) * v / 100), Integer.toString(v)));
        }
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            LineSeries ls = series.get(s);
            List<String> points = new ArrayList<>();
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double v = ls.values().get(i);
                if (v == null) {
                    continue;
                }
                String x = num(px(i, n, left, right));
                String y = num(bottom - (bottom - top) * Math.max(0, Math.min(100, v)) / 100);
                points.add(x + "," + y);
                dots.add(new Point(x, y));
            }
            lines.add(new Line(ls.label(), COLOURS[s % COLOURS.length], ls.bold() ? "3" : "1.6",
                    String.join(" ", points), dots, num(right + 24), num(top + 10 + 20 * s)));
        }
        return new LineChart(width, height, num(left), num(right), num(top), num(bottom), xTicks, yTicks, lines);
    }

    private static double px(int i, int n, double left, double right) {
        return n == 1 ? (left + right) / 2 : left + 20 + (right - left - 40) * i / (n - 1.0);
    }
}
