package de.smartregion.report;

import de.smartregion.model.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * A horizontal box plot per row on the 0..100 scale, x in SVG units.
     *
     * @param labelX where the rows' labels end (they are right-aligned): far enough right for the longest
     */
    public record BoxPlot(int width, int height, String axisLeft, String axisRight, String gridBottom,
                          String tickY, List<Tick> ticks, List<Box> boxes, String labelX) {
    }

    public record Tick(String x, String label) {
    }

    /** Whiskers min..max, box p25..p75, median line and mean dot; {@code y} is the row's centre line. */
    public record Box(String label, String y, String top, String bottom, String height, String min, String p25,
                      String median, String p75, String max, String mean, String boxWidth, String n) {
    }

    /** The least room left of the plot: the labels' column, with a gap of {@link #BOX_LABEL_GAP} to the plot. */
    static final int BOX_LABEL_WIDTH = 210;
    static final int BOX_LABEL_GAP = 10;
    /** The font size of the rows' labels, as the templates set them. */
    static final double BOX_LABEL_FONT = 11;
    static final int BOX_PLOT_WIDTH = 380;
    static final int BOX_ROW = 30;

    /** One row of a box plot: the five numbers and the mean of a distribution, NaN-free. */
    public record Distribution(String label, double min, double p25, double median, double p75, double max,
                               double mean, int n) {
    }

    public static BoxPlot boxplot(List<Distribution> rows) {
        // the plot moves right as far as the longest label needs: right-aligned, it would otherwise run out of the
        // picture on the left ("…seinsvorsorge & Bevölkerungsschutz")
        double longest = 0;
        for (Distribution d : rows) {
            longest = Math.max(longest, LabelWidths.of(d.label(), BOX_LABEL_FONT));
        }
        int labels = Math.max(BOX_LABEL_WIDTH, (int) Math.ceil(longest) + BOX_LABEL_GAP + 4);
        double left = labels;
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
        return new BoxPlot(labels + BOX_PLOT_WIDTH + 20, height, num(left), num(left + BOX_PLOT_WIDTH),
                num(height - 18), num(height - 4), ticks, boxes, num(left - BOX_LABEL_GAP));
    }

    private static String x(double left, double score) {
        return num(left + BOX_PLOT_WIDTH * Math.max(0, Math.min(100, score)) / 100);
    }

    /**
     * Bars of how many municipalities' indices lie in each bin of the 0..100 scale, each with its count written
     * above it, and a dashed line where each stage begins, named at its top: no colour is needed to read it.
     */
    public record Histogram(int width, int height, String baseline, List<Bar> bars, List<Tick> ticks,
                            List<StageLine> stages) {
    }

    public record Bar(String x, String y, String width, String height, String labelX, String labelY, String count) {
    }

    public record StageLine(String x, String top, String labelY, String label) {
    }

    static final int HIST_LEFT = 20;
    static final int HIST_WIDTH = 600;
    static final int HIST_BARS = 150;

    /**
     * @param bins the counts of equal-width bins across 0..100
     * @param stageStarts where each stage after the first begins, with its label
     */
    public static Histogram histogram(List<Integer> bins, List<Map.Entry<Double, String>> stageStarts) {
        int max = 1;
        for (int b : bins) {
            max = Math.max(max, b);
        }
        // a band above the tallest bar's count holds the stage names, so that no name meets a count
        double top = 52;
        double base = top + HIST_BARS;
        double slot = (double) HIST_WIDTH / bins.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            double h = HIST_BARS * bins.get(i) / (double) max;
            double x = HIST_LEFT + slot * i + 2;
            bars.add(new Bar(num(x), num(base - h), num(slot - 4), num(h), num(x + (slot - 4) / 2),
                    num(base - h - 4), Integer.toString(bins.get(i))));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 10) {
            ticks.add(new Tick(num(HIST_LEFT + HIST_WIDTH * v / 100.0), Integer.toString(v)));
        }
        List<StageLine> stages = new ArrayList<>();
        for (int i = 0; i < stageStarts.size(); i++) {
            Map.Entry<Double, String> s = stageStarts.get(i);
            // labels alternate between two heights, so that close stages do not write over each other
            stages.add(new StageLine(num(HIST_LEFT + HIST_WIDTH * s.getKey() / 100.0), num(8 + 12 * (i % 2)),
                    num(16 + 12 * (i % 2)), s.getValue()));
        }
        return new Histogram(HIST_LEFT * 2 + HIST_WIDTH, (int) base + 22, num(base), bars, ticks, stages);
    }

    /**
     * A grid of coloured cells with values: rows are municipalities, columns fields.
     *
     * @param columnLabelY where the columns' labels begin, rotated by {@link #GRID_LABEL_ANGLE} degrees upwards:
     *     low enough that the longest ends inside the picture
     * @param rowLabelX where the rows' labels end (they are right-aligned)
     */
    public record HeatGrid(int width, int height, List<HeatColumn> columns, List<HeatLine> rows,
                           String columnLabelY, String rowLabelX) {
    }

    public record HeatColumn(String x, String label) {
    }

    public record HeatLine(String y, String textY, String label, List<HeatSquare> cells) {
    }

    public record HeatSquare(String x, String textX, String fill, String ink, String value) {
    }

    /** The least room for the rows' labels; a longer name widens it up to {@link #GRID_LABEL_MAX_WIDTH}. */
    static final int GRID_LABEL_WIDTH = 190;
    /** Beyond this a name is cut, with an ellipsis, rather than pushing the grid off a page: about 45 letters. */
    static final int GRID_LABEL_MAX_WIDTH = 320;
    static final int GRID_CELL_WIDTH = 56;
    static final int GRID_CELL_HEIGHT = 20;
    /** The least room above the grid, for short column labels. */
    static final int GRID_HEADER = 110;
    /** How far the column labels turn upwards from the horizontal, in degrees, as the templates rotate them. */
    static final int GRID_LABEL_ANGLE = 40;
    /** The font size of the row and column labels, as the templates set them. */
    static final double GRID_LABEL_FONT = 11;

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

    /**
     * The grid, with room above it and to its right for every column label in full, and to its left for the rows'
     * labels: the room comes from the labels' widths, so that "Daseinsvorsorge & Bevölkerungsschutz" is not cut
     * at the picture's edge.
     */
    public static HeatGrid heatGrid(List<String> columns, List<HeatValues> rows) {
        double longestRow = 0;
        for (HeatValues row : rows) {
            longestRow = Math.max(longestRow, LabelWidths.of(row.label(), GRID_LABEL_FONT));
        }
        int left = Math.min(GRID_LABEL_MAX_WIDTH, Math.max(GRID_LABEL_WIDTH, (int) Math.ceil(longestRow) + 10));
        double sin = Math.sin(Math.toRadians(GRID_LABEL_ANGLE));
        double cos = Math.cos(Math.toRadians(GRID_LABEL_ANGLE));
        double ascent = LabelWidths.ASCENT * GRID_LABEL_FONT;
        // a label rises from its column's centre: its end reaches w·sin above the start, and its glyphs' tops
        // another ascent·cos; to the right it reaches w·cos, and its descenders a few units more
        double rise = 0;
        double right = left + GRID_CELL_WIDTH * columns.size() + 8;
        List<HeatColumn> cols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            double centre = left + GRID_CELL_WIDTH * c + GRID_CELL_WIDTH / 2.0;
            double w = LabelWidths.of(columns.get(c), GRID_LABEL_FONT);
            rise = Math.max(rise, w * sin + ascent * cos);
            right = Math.max(right, centre + w * cos + 0.3 * GRID_LABEL_FONT * sin + 4);
            cols.add(new HeatColumn(num(centre), columns.get(c)));
        }
        int labelY = Math.max(GRID_HEADER - 6, (int) Math.ceil(rise) + 4);
        int header = labelY + 6;
        List<HeatLine> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double y = header + GRID_CELL_HEIGHT * r;
            List<HeatSquare> cells = new ArrayList<>();
            HeatValues row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                double x = left + GRID_CELL_WIDTH * c;
                Shade shade = shade(row.scores().get(c));
                cells.add(new HeatSquare(num(x), num(x + GRID_CELL_WIDTH / 2.0), shade.fill(), shade.ink(),
                        row.texts().get(c)));
            }
            // a name too long for the room is cut with an ellipsis: the table under the picture names it in full
            lines.add(new HeatLine(num(y), num(y + GRID_CELL_HEIGHT * 0.68),
                    LabelWidths.fit(row.label(), GRID_LABEL_FONT, left - 10), cells));
        }
        return new HeatGrid((int) Math.ceil(right), header + GRID_CELL_HEIGHT * rows.size() + 4, cols, lines,
                Integer.toString(labelY), num(left - 6));
    }

    /**
     * A line chart of scores 0..100 over periods. Lines differ in dash pattern and marker shape as well as colour,
     * and each is named at its end with its last value, so that none needs colour to be told apart.
     *
     * @param thresholdY where the theses' common threshold lies, as a dashed grey line; empty when there is none
     * @param thresholdLegendY where the threshold is named beyond the plot, among the lines' names and moved apart
     *     from them like they are from each other, so that no line or marker covers it; empty without a threshold
     * @param plotWidth where the plot ends and the lines' names begin: a template may draw the names as a picture of
     *     their own (the same coordinates, {@code viewBox="plotWidth 0 legendWidth height"}), which a narrow screen
     *     puts under the plot instead of beyond its scroll box
     * @param listHeight the height of the names listed one under the other ({@link Line#listY},
     *     {@code thresholdListY}), from x = {@code plotWidth}, for a narrow screen
     */
    public record LineChart(int width, int height, String left, String right, String top, String bottom,
                            List<Tick> xTicks, List<Tick> yTicks, List<Line> lines, String thresholdY,
                            String thresholdLabel, String thresholdLegendY, int plotWidth, int legendWidth,
                            int listHeight, String thresholdListY) {
    }

    /**
     * @param dash the stroke's dash pattern; empty for a solid line
     * @param dots a marker at every period with a score, in the line's shape
     * @param legendX where the line's name stands, at the height of its last point ({@code legendY}), moved apart
     *     from the others' so that none covers another
     * @param sampleX1 where the short sample of the line before its name begins; {@code sampleX2} where it ends
     * @param sample the line's marker in the middle of the sample
     * @param endLabel the line's name with its last value
     * @param listY where the name stands when the names are listed one under the other; {@code listSample} its marker
     *     there
     */
    public record Line(String label, String colour, String width, String dash, String points, List<Marker> dots,
                       String legendX, String legendY, String sampleX1, String sampleX2, String sample,
                       String endLabel, String listY, String listSample) {
    }

    /** A marker at a point: an SVG path in the line's shape. */
    public record Marker(String x, String y, String path) {
    }

    /**
     * One line of a chart: a label and a score per period, null where there is none.
     *
     * @param last the last score, formatted, for the line's name at its end; empty when there is none
     */
    public record LineSeries(String label, Scores values, boolean bold, String last) {
    }

    private static final String[] COLOURS = {"#123c69", "#1a7f45", "#c2410c", "#7c3aed", "#0e7490", "#b45309"};
    private static final String[] DASHES = {"", "7 4", "2 3", "9 3 2 3", "4 4", "1 2"};
    private static final int LINE_LABEL_GAP = 14;
    private static final double LIST_FIRST = 10;
    private static final double LIST_GAP = 18;

    /**
     * @param threshold the theses' common threshold, drawn as a line; null for none
     * @param thresholdLabel its name, e.g. "threshold 50"
     */
    public static LineChart lineChart(List<String> periods, List<LineSeries> series, Double threshold,
                                      String thresholdLabel) {
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
        // the threshold's name stands among the lines' names, at its height, the last slot
        double[] labelY = new double[series.size() + (threshold == null ? 0 : 1)];
        for (int s = 0; s < series.size(); s++) {
            Double last = null;
            for (Double v : series.get(s).values()) {
                last = v == null ? last : v;
            }
            labelY[s] = last == null ? bottom : y(last, top, bottom);
        }
        if (threshold != null) {
            labelY[series.size()] = y(threshold, top, bottom);
        }
        spreadApart(labelY, top, bottom);
        // the list for a narrow screen keeps the order the names have beside the plot, top to bottom
        double[] listY = listed(labelY);
        List<Line> lines = new ArrayList<>();
        double labelX = right + 14;
        for (int s = 0; s < series.size(); s++) {
            LineSeries ls = series.get(s);
            List<String> points = new ArrayList<>();
            List<Marker> dots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double v = ls.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = px(i, n, left, right);
                double y = y(v, top, bottom);
                points.add(num(x) + "," + num(y));
                dots.add(new Marker(num(x), num(y), marker(s, x, y)));
            }
            String end = ls.last().isEmpty() ? ls.label() : ls.label() + " " + ls.last();
            lines.add(new Line(ls.label(), COLOURS[s % COLOURS.length], ls.bold() ? "3" : "1.6",
                    DASHES[s % DASHES.length], String.join(" ", points), dots, num(labelX + 26), num(labelY[s]),
                    num(labelX), num(labelX + 20), marker(s, labelX + 10, labelY[s]), end, num(listY[s]),
                    marker(s, labelX + 10, listY[s])));
        }
        int plotWidth = (int) labelX - 6;
        return new LineChart(width, height, num(left), num(right), num(top), num(bottom), xTicks, yTicks, lines,
                threshold == null ? "" : num(y(threshold, top, bottom)), threshold == null ? "" : thresholdLabel,
                threshold == null ? "" : num(labelY[series.size()]), plotWidth, width - plotWidth,
                (int) Math.ceil(LIST_FIRST + LIST_GAP * (labelY.length - 1) + LIST_FIRST),
                threshold == null ? "" : num(listY[series.size()]));
    }

    /** The heights of names listed one under the other, in the order of {@code ys}. */
    private static double[] listed(double[] ys) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < ys.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ys[a], ys[b]));
        double[] listed = new double[ys.length];
        for (int k = 0; k < order.length; k++) {
            listed[order[k]] = LIST_FIRST + LIST_GAP * k;
        }
        return listed;
    }

    private static double y(double score, double top, double bottom) {
        return bottom - (bottom - top) * Math.max(0, Math.min(100, score)) / 100;
    }

    /** Moves label heights apart to at least {@link #LINE_LABEL_GAP}, keeping their order and the chart's bounds. */
    static void spreadApart(double[] ys, double top, double bottom) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < ys.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ys[a], ys[b]));
        for (int k = 1; k < order.length; k++) {
            ys[order[k]] = Math.max(ys[order[k]], ys[order[k - 1]] + LINE_LABEL_GAP);
        }
        // pushed below the bottom: shift the run back up
        for (int k = order.length - 1; k >= 0; k--) {
            double limit = k == order.length - 1 ? bottom + 10 : ys[order[k + 1]] - LINE_LABEL_GAP;
            ys[order[k]] = Math.max(top, Math.min(ys[order[k]], limit));
        }
    }

    /** The marker of line {@code s} at (x, y): circle, square, triangle, diamond, triangle down, cross. */
    private static String marker(int s, double x, double y) {
        double r = 3.6;
        return switch (s % 6) {
            case 0 -> "M" + num(x - r) + "," + num(y) + " a" + num(r) + "," + num(r) + " 0 1,0 " + num(2 * r)
                    + ",0 a" + num(r) + "," + num(r) + " 0 1,0 " + num(-2 * r) + ",0 Z";
            case 1 -> "M" + num(x - r) + "," + num(y - r) + " h" + num(2 * r) + " v" + num(2 * r) + " h"
                    + num(-2 * r) + " Z";
            case 2 -> "M" + num(x) + "," + num(y - r - 0.6) + " L" + num(x + r + 0.6) + "," + num(y + r) + " L"
                    + num(x - r - 0.6) + "," + num(y + r) + " Z";
            case 3 -> "M" + num(x) + "," + num(y - r - 0.8) + " L" + num(x + r + 0.8) + "," + num(y) + " L" + num(x)
                    + "," + num(y + r + 0.8) + " L" + num(x - r - 0.8) + "," + num(y) + " Z";
            case 4 -> "M" + num(x) + "," + num(y + r + 0.6) + " L" + num(x + r + 0.6) + "," + num(y - r) + " L"
                    + num(x - r - 0.6) + "," + num(y - r) + " Z";
            default -> "M" + num(x - r) + "," + num(y - 1.2) + " h" + num(2 * r) + " v2.4 h" + num(-2 * r) + " Z M"
                    + num(x - 1.2) + "," + num(y - r) + " h2.4 v" + num(2 * r) + " h-2.4 Z";
        };
    }

    private static double px(int i, int n, double left, double right) {
        return n == 1 ? (left + right) / 2 : left + 20 + (right - left - 40) * i / (n - 1.0);
    }
}
