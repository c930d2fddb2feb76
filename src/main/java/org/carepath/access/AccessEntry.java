package org.carepath.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * One entry of the access log. Its hash covers every field and the previous entry's hash, so a
 * changed, removed or inserted entry breaks the chain from there on.
 */
record AccessEntry(
    long id,
    Instant at,
    String userId,
    String userGroups,
    String caseReference,
    String what,
    String surface,
    String outcome,
    boolean served,
    boolean outOfHours,
    String correlationId,
    String detail,
    String previousHash,
    String hash) {

  static final String SHOWN = "shown";
  static final String REFUSED = "refused";
  static final String BREAK_GLASS = "break-glass";

  /** The entry's hash from its fields and the previous hash (the stored hash is not read). */
  String computeHash() {
    String canonical =
        String.join(
            "\u001f",
            Stream.of(
                    Long.toString(id),
                    at.toString(),
                    userId,
                    userGroups,
                    caseReference,
                    what,
                    surface,
                    outcome,
                    Boolean.toString(served),
                    Boolean.toString(outOfHours),
                    correlationId,
                    detail,
                    previousHash)
                .map(field -> field == null ? "\u0000" : field)
                .toList());
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }

  /** This entry as the chain's {@code newId}th, after the entry whose hash is {@code previous}. */
  AccessEntry chained(long newId, String previous) {
    AccessEntry unhashed = linked(newId, previous, null);
    return unhashed.linked(newId, previous, unhashed.computeHash());
  }

  private AccessEntry linked(long newId, String previous, String newHash) {
    return new AccessEntry(
        newId,
        at,
        userId,
        userGroups,
        caseReference,
        what,
        surface,
        outcome,
        served,
        outOfHours,
        correlationId,
        detail,
        previous,
        newHash);
  }
}
