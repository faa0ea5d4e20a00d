package vn.truongso.core.transcripts;

import vn.truongso.core.grading.PrimaryYearResult.QualityRating;

/** One quality (phẩm chất) or competency (năng lực) of a primary year: Tốt / Đạt / Cần cố gắng, and remarks. */
public record QualityResult(String name, QualityRating rating, String remarks) {
    public QualityResult {
        name = Texts.required(name, "name");
        remarks = Texts.optionalParagraphs(remarks);
    }
}
