package vn.truongso.core.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.truongso.core.grading.AssessmentMode;

/**
 * The subjects of the 2018 general education curriculum (Circular 32/2018) as seeded into the demo school, with
 * the periods per year of /work/shared/domain/curriculum-2018.md. Demo data only: the app reads subjects and
 * periods from the store (class_subject), never from here.
 */
final class DemoCurriculum {

    record SubjectSpec(String code, String name, AssessmentMode mode, int sortOrder) {}

    /**
     * One list for the combined lower + upper secondary school. Sort order: the lower-secondary table of the doc
     * exactly; the upper-secondary subjects are slotted in so that a class of grades 10–12 lists its scored subjects
     * in the doc's order first and its comment-assessed ones after them. (One sort order cannot follow both tables:
     * lower secondary lists Công nghệ and Tin học before Giáo dục thể chất, upper secondary after.)
     */
    static final List<SubjectSpec> SUBJECTS = List.of(
            score("NGUVAN", "Ngữ văn", 1),
            score("TOAN", "Toán", 2),
            score("NN1", "Ngoại ngữ 1 (Tiếng Anh)", 3),
            score("GDCD", "Giáo dục công dân", 4),
            score("LSDL", "Lịch sử và Địa lí", 5),
            score("LICHSU", "Lịch sử", 6),
            score("DIALI", "Địa lí", 7),
            score("GDKTPL", "Giáo dục kinh tế và pháp luật", 8),
            score("KHTN", "Khoa học tự nhiên", 9),
            score("VATLI", "Vật lí", 10),
            score("HOAHOC", "Hóa học", 11),
            score("SINHHOC", "Sinh học", 12),
            score("CONGNGHE", "Công nghệ", 13),
            score("TINHOC", "Tin học", 14),
            score("GDQPAN", "Giáo dục quốc phòng và an ninh", 15),
            comment("GDTC", "Giáo dục thể chất", 16),
            comment("NGHETHUAT", "Nghệ thuật (Âm nhạc, Mĩ thuật)", 17),
            comment("AMNHAC", "Âm nhạc", 18),
            comment("MITHUAT", "Mĩ thuật", 19),
            comment("HDTN", "Hoạt động trải nghiệm, hướng nghiệp", 20),
            comment("GDDP", "Nội dung giáo dục của địa phương", 21));

    /** Lower secondary (grades 6–9), periods per year; Công nghệ is 52 in grade 9. */
    private static final Map<String, Integer> LOWER = orderedMap(
            "NGUVAN", 140, "TOAN", 140, "NN1", 105, "GDCD", 35, "LSDL", 105, "KHTN", 140, "CONGNGHE", 35,
            "TINHOC", 35, "GDTC", 70, "NGHETHUAT", 70, "HDTN", 105, "GDDP", 35);

    /** Upper secondary (grades 10–12), compulsory subjects. */
    private static final Map<String, Integer> UPPER_COMPULSORY = orderedMap(
            "NGUVAN", 105, "TOAN", 105, "NN1", 105, "LICHSU", 52, "GDTC", 70, "GDQPAN", 35, "HDTN", 105,
            "GDDP", 35);

    /** Upper secondary electives: each student takes four, 70 periods each. */
    static final Set<String> UPPER_ELECTIVES = Set.of(
            "DIALI", "GDKTPL", "VATLI", "HOAHOC", "SINHHOC", "CONGNGHE", "TINHOC", "AMNHAC", "MITHUAT");
    static final int ELECTIVE_PERIODS = 70;
    static final int GRADE_9_TECHNOLOGY_PERIODS = 52;

    private DemoCurriculum() {}

    static SubjectSpec subject(String code) {
        return SUBJECTS.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo subject " + code));
    }

    /** The subjects of a class with their periods per year, in sort order. */
    static Map<String, Integer> periodsFor(int grade, List<String> electives) {
        Map<String, Integer> periods = new LinkedHashMap<>();
        if (grade >= 6 && grade <= 9) {
            if (!electives.isEmpty()) {
                throw new IllegalArgumentException("lower secondary has no electives");
            }
            periods.putAll(LOWER);
            if (grade == 9) {
                periods.put("CONGNGHE", GRADE_9_TECHNOLOGY_PERIODS);
            }
        } else if (grade >= 10 && grade <= 12) {
            if (electives.size() != 4 || !UPPER_ELECTIVES.containsAll(electives)
                    || Set.copyOf(electives).size() != 4) {
                throw new IllegalArgumentException("upper secondary takes four distinct electives: " + electives);
            }
            periods.putAll(UPPER_COMPULSORY);
            electives.forEach(code -> periods.put(code, ELECTIVE_PERIODS));
        } else {
            throw new IllegalArgumentException("the demo school has grades 6–12, not " + grade);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        periods.keySet().stream().map(DemoCurriculum::subject).sorted(Comparator.comparingInt(SubjectSpec::sortOrder))
                .forEach(s -> sorted.put(s.code(), periods.get(s.code())));
        return sorted;
    }

    private static SubjectSpec score(String code, String name, int order) {
        return new SubjectSpec(code, name, AssessmentMode.SCORE, order);
    }

    private static SubjectSpec comment(String code, String name, int order) {
        return new SubjectSpec(code, name, AssessmentMode.COMMENT, order);
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
