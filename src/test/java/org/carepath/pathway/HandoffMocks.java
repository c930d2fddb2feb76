package org.carepath.pathway;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Stand-ins for the handoff delegates: they set what the model reads, and count the opens. */
final class HandoffMocks {

  static void register(List<String> calls) {
    Mocks.register(
        "openHandoff",
        (JavaDelegate)
            e -> {
              calls.add("openHandoff");
              HandoffProcess.HANDOFF_ID.set(e, 7L);
              HandoffProcess.LEAD_AGENCY.set(e, HandoffProcess.FROM_AGENCY.from(e));
              HandoffProcess.ANSWER_DUE.set(e, new Date(System.currentTimeMillis() + 86_400_000L));
            });
    Mocks.register("recordHandoffPlan", (JavaDelegate) e -> calls.add("recordHandoffPlan"));
    Mocks.register(
        "recordHandoffAnswer",
        (JavaDelegate)
            e -> {
              calls.add("recordHandoffAnswer");
              boolean accepted = HandoffProcess.ACCEPT.equals(HandoffProcess.ANSWER.from(e));
              HandoffProcess.ACCEPTED.set(e, accepted);
              if (accepted) {
                HandoffProcess.LEAD_AGENCY.set(e, HandoffProcess.TO_AGENCY.from(e));
              }
            });
    Mocks.register("recordFamilyTold", (JavaDelegate) e -> calls.add("recordFamilyTold"));
  }

  private HandoffMocks() {}
}
