package org.carepath.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine keeps full history (decisions, tasks, incidents, operations, each variable's last
 * value in {@code act_hi_varinst}) but not a second row per variable per change in {@code
 * act_hi_detail}: nothing of ours reads those rows, Community Cockpit does not show them, and they
 * would copy every value typed into a form about a family into the engine's history a second time.
 * What must last (chronology, decisions, consent, who saw what) is in our own tables. Of the 94
 * rows a referral wrote, 16 were these (README "At scale").
 */
@Component
class VariableHistoryOnce extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new WithoutDetails());
  }

  /** The engine's own database handler, less the per-change detail rows. */
  static final class WithoutDetails extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
      return false;
    }
  }
}
