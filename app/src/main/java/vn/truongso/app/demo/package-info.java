/**
 * The demo school for manual demos, screenshots and tests: {@link vn.truongso.app.demo.DemoSchool#seedInto} writes
 * core's generated "Trường THCS và THPT Bắc Hà" (Lào Cai) into an empty store as confirmed sync rows — eight classes
 * 6A1–12A1 of 40–45 students, twenty staff, the 2018 curriculum's subjects and periods, term I partly graded with
 * history.
 *
 * <p>All accounts share the password {@value vn.truongso.app.demo.DemoSchool#PASSWORD}; the main ones:
 * <pre>
 * admin       ADMIN               accounts, PCs, backups; locks terms
 * hieutruong  PRINCIPAL           every gradebook read-only; locks terms
 * giaovu      CLERK               student records, transcripts
 * gv.toan     TEACHER, HOMEROOM   Toán in 9A1, 10A1, 10A2, 11A1; homeroom teacher of 10A1
 * gv.van      TEACHER, HOMEROOM   Ngữ văn in 10A1, 10A2, 11A1, 12A1; homeroom teacher of 10A2
 * </pre>
 * The full list, with every teacher's classes, is {@link vn.truongso.app.demo.DemoSchool#ACCOUNTS}.
 */
package vn.truongso.app.demo;
