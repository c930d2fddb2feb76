package org.carepath.review;

import java.util.List;
import org.springframework.stereotype.Service;

/** Read side of the review record, for the case view. */
@Service
public class Reviews {

  private final ReviewRepository reviews;

  Reviews(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  public List<Review> of(long caseId) {
    return reviews.of(caseId);
  }
}
