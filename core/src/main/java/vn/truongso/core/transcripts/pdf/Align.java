package vn.truongso.core.transcripts.pdf;

enum Align {
    LEFT,
    CENTER,
    RIGHT
}
