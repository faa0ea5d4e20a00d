package vn.truongso.server.signing;

import java.time.Clock;
import java.util.List;
import vn.truongso.core.signatures.pades.LongTermSigner;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.tsa.TimeStampAuthority;
import vn.truongso.server.school.School;

/**
 * What a school signs with on the server: its time-stamping authority (serials from the database) and a B-LT signer
 * that stamps with it and puts the document CA's current CRL in every signed document's /DSS.
 */
public final class SchoolSigning {
    private final SigningPkis pkis;
    private final Clock clock;

    public SchoolSigning(SigningPkis pkis, Clock clock) {
        this.pkis = pkis;
        this.clock = clock;
    }

    public TimeStampAuthority timeStampAuthority(School school) {
        SchoolSigningPki pki = pkis.require(school);
        return new TimeStampAuthority(pki.tsa(), () -> pkis.takeTsaSerial(school.id()), clock::instant);
    }

    /** The signer the transcript service uses for the principal's and the seal's signatures. */
    public LongTermSigner longTermSigner(School school) {
        SchoolSigningPki pki = pkis.require(school);
        return new LongTermSigner(timeStampAuthority(school), pki.tsa().chain(), () -> List.of(pkis.crl(school)));
    }

    public SigningPkis pkis() {
        return pkis;
    }
}
