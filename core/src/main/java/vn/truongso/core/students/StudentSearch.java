package vn.truongso.core.students;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The student search box. A query matches a student when either
 * <ul>
 *   <li>every query word is the beginning of a different word of the full name, in any order — after
 *       {@link VietnameseText#fold folding}, so "nguyen van an", "an nguyen" and "ng v a" all find
 *       "Nguyễn Văn An". Any order, because teachers call students by the given name and type it first; a
 *       different word for each query word, so "an an" does not find a student with one "An"; or</li>
 *   <li>the query without spaces is part of the student code (mã định danh), so the last digits the parent reads
 *       out over the phone are enough.</li>
 * </ul>
 * A blank query matches everyone, so an empty box shows the whole list.
 */
public final class StudentSearch {

    /** A query parsed once and tested against many students. */
    public static final class Query {
        private final List<String> words;
        private final String compact;

        private Query(String text) {
            this.words = VietnameseText.words(text);
            this.compact = String.join("", words);
        }

        public boolean isBlank() {
            return words.isEmpty();
        }

        /** {@code studentCode} may be null or empty when the student has none yet. */
        public boolean matches(String fullName, String studentCode) {
            if (words.isEmpty()) {
                return true;
            }
            return matchesName(fullName) || matchesCode(studentCode);
        }

        boolean matchesName(String fullName) {
            List<String> nameWords = VietnameseText.words(fullName);
            if (nameWords.size() < words.size()) {
                return false;
            }
            return assign(0, nameWords, new boolean[nameWords.size()]);
        }

        boolean matchesCode(String studentCode) {
            String code = VietnameseText.fold(studentCode).replace(" ", "");
            return !code.isEmpty() && code.contains(compact);
        }

        /**
         * Backtracking rather than first-fit: "n ngu" must find "Nguyễn Ngọc" by giving "n" to Ngọc, which
         * first-fit would spend on Nguyễn. Names have at most a handful of words, so this stays tiny.
         */
        private boolean assign(int queryIndex, List<String> nameWords, boolean[] used) {
            if (queryIndex == words.size()) {
                return true;
            }
            String prefix = words.get(queryIndex);
            for (int i = 0; i < nameWords.size(); i++) {
                if (!used[i] && nameWords.get(i).startsWith(prefix)) {
                    used[i] = true;
                    if (assign(queryIndex + 1, nameWords, used)) {
                        return true;
                    }
                    used[i] = false;
                }
            }
            return false;
        }
    }

    private StudentSearch() {}

    public static Query query(String text) {
        return new Query(text);
    }

    public static boolean matches(String query, String fullName, String studentCode) {
        return query(query).matches(fullName, studentCode);
    }

    /** The students the query finds, in the order given (the caller's list is already sorted the way it shows). */
    public static <T> List<T> filter(String query, Collection<T> students, Function<T, String> fullName,
                                     Function<T, String> studentCode) {
        Objects.requireNonNull(students, "students");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(studentCode, "studentCode");
        Query q = query(query);
        List<T> found = new ArrayList<>();
        for (T student : students) {
            if (q.matches(fullName.apply(student), studentCode.apply(student))) {
                found.add(student);
            }
        }
        return List.copyOf(found);
    }
}
