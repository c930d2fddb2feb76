package org.carepath.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.dmn.invocation.DecisionInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine seen from this node, for Micrometer (Camunda 7 does not publish its metrics there):
 * its own meters (job acquisition, jobs run and failed, decisions evaluated) counted as they are
 * marked, and the time each decision takes, by decision. The engine's meters reset each time it
 * writes them to its own tables, so they are counted here as they happen, never read back.
 */
@Component
class EngineMeters extends AbstractProcessEnginePlugin implements MeterBinder {

  /** The engine's meters an operations team watches (README "Alerts"). */
  static final List<String> EVENTS =
      List.of(
          Metrics.JOB_ACQUISITION_ATTEMPT,
          Metrics.JOB_ACQUIRED_SUCCESS,
          Metrics.JOB_ACQUIRED_FAILURE,
          Metrics.JOB_SUCCESSFUL,
          Metrics.JOB_FAILED,
          Metrics.JOB_LOCKED_EXCLUSIVE,
          Metrics.JOB_EXECUTION_REJECTED,
          Metrics.ROOT_PROCESS_INSTANCE_START,
          Metrics.ACTIVTY_INSTANCE_START,
          Metrics.EXECUTED_DECISION_INSTANCES,
          Metrics.EXECUTED_DECISION_ELEMENTS);

  private final Map<String, LongAdder> occurrences = new ConcurrentHashMap<>();
  private volatile MeterRegistry registry;

  EngineMeters() {
    EVENTS.forEach(event -> occurrences.put(event, new LongAdder()));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setMetricsRegistry(new CountingMetricsRegistry());
    DelegateInterceptor engines =
        configuration.getDelegateInterceptor() == null
            ? new DefaultDelegateInterceptor()
            : configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> timed(engines, invocation));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    occurrences.forEach(
        (event, count) ->
            FunctionCounter.builder("carepath.engine.events", count, LongAdder::doubleValue)
                .description("What the engine did on this node (its own meters), by event")
                .tag("event", event)
                .register(registry));
    this.registry = registry;
  }

  private void timed(DelegateInterceptor engines, DelegateInvocation invocation) throws Exception {
    MeterRegistry meters = registry;
    if (!(invocation instanceof DecisionInvocation decision) || meters == null) {
      engines.handleInvocation(invocation);
      return;
    }
    Timer.Sample sample = Timer.start(meters);
    String outcome = "ok";
    try {
      engines.handleInvocation(invocation);
    } catch (Exception | Error e) {
      outcome = "failed";
      throw e;
    } finally {
      sample.stop(
          Timer.builder("carepath.decision.evaluations")
              .description("Decisions evaluated on this node and the time each took")
              .tag("decision", decision.getDecisionDefinition().getKey())
              .tag("outcome", outcome)
              .publishPercentileHistogram()
              .minimumExpectedValue(Duration.ofMillis(1))
              .maximumExpectedValue(Duration.ofSeconds(5))
              .register(meters));
    }
  }

  /** The engine's registry, also counting each occurrence for Micrometer. */
  private final class CountingMetricsRegistry extends MetricsRegistry {
    @Override
    protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
      super.markOccurrence(meters, name, times);
      LongAdder count = meters == dbMeters ? occurrences.get(name) : null;
      if (count != null) {
        count.add(times);
      }
    }
  }
}
