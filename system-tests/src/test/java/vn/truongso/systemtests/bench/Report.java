package vn.truongso.systemtests.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What a benchmark found, printed as it goes and in the final table. */
record Report(String benchmark, String ours, String reference, String ratio, String target, Boolean met) {

    static Report of(String benchmark, String ours, String reference, double ratio, String target, boolean met) {
        return new Report(benchmark, ours, reference, String.format(Locale.ROOT, "%.2f", ratio), target, met);
    }

    static Report failed(String benchmark, Throwable e) {
        return new Report(benchmark, "FAILED: " + e, "", "", "", false);
    }

    void print() {
        System.out.printf(Locale.ROOT, "%n>>> %s%n    ours:      %s%n    reference: %s%n    ratio:     %s%n"
                + "    target:    %s -> %s%n%n", benchmark, ours, reference, ratio, target, verdict());
    }

    String verdict() {
        return met == null ? "n/a" : met ? "MET" : "NOT MET";
    }

    static void table(List<Report> reports) {
        String[] head = {"benchmark", "ours", "reference (same run)", "ratio", "target", "met?"};
        List<String[]> lines = new ArrayList<>();
        lines.add(head);
        reports.forEach(r -> lines.add(new String[] {r.benchmark(), r.ours(), r.reference(), r.ratio(), r.target(),
                r.verdict()}));
        int[] widths = new int[head.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append('+').append("-".repeat(width + 2));
        }
        rule.append('+');
        System.out.println();
        System.out.println("Sync benchmarks — summary");
        System.out.println(rule);
        for (int l = 0; l < lines.size(); l++) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < head.length; i++) {
                row.append("| ").append(String.format("%-" + widths[i] + "s", lines.get(l)[i])).append(' ');
            }
            System.out.println(row.append('|'));
            if (l == 0) {
                System.out.println(rule);
            }
        }
        System.out.println(rule);
    }

    static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
