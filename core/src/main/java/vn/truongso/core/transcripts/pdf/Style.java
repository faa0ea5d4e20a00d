package vn.truongso.core.transcripts.pdf;

/** The two faces a transcript uses (Liberation Serif, metrically Times New Roman, the face of official documents). */
enum Style {
    REGULAR,
    BOLD
}
