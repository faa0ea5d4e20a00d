package vn.truongso.app.gradebook;

import java.util.UUID;

/** HK I or HK II of a school year. */
public record TermRef(UUID id, int number, String schoolYear, boolean locked) {}
