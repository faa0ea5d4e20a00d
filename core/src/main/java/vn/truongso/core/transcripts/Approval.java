package vn.truongso.core.transcripts;

import java.time.LocalDate;

/**
 * Who confirms a school year's page and when: the homeroom teacher (GVCN) and the principal. On an issued
 * transcript the principal's and the school's approval is the digital signature; this is the printed part.
 *
 * @param date the date printed as "…, ngày … tháng … năm …"; {@code null} prints the line blank
 */
public record Approval(String homeroomTeacher, String principal, LocalDate date) {
    public static final Approval NONE = new Approval(null, null, null);

    public Approval {
        homeroomTeacher = Texts.optional(homeroomTeacher);
        principal = Texts.optional(principal);
    }
}
