package org.carepath.models;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The engine's FEEL (feel-scala, as Camunda's own {@link ScalaFeelEngine} sets it up), with each
 * unary test parsed once instead of at every evaluation. Replaying 100,000 decisions through a
 * table of some 40 rules and 19 inputs evaluates millions of cells; parsing dominated. The
 * evaluation itself, and its context, are the engine's, so an answer is the answer the engine gives
 * (a test compares the two on random inputs).
 */
final class CompiledFeelEngine extends ScalaFeelEngine {

  /** The key under which feel-scala looks up the name of a unary test's input variable. */
  private static final String INPUT_VARIABLE = "inputVariableName";

  private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
  private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
  private final Map<String, Optional<SimpleUnaryTests.Test>> simpleTests =
      new ConcurrentHashMap<>();

  CompiledFeelEngine() {
    super(List.of());
  }

  static FeelEngineFactory factory() {
    return CompiledFeelEngine::new;
  }

  /**
   * An input expression that names a variable (most do) is that variable's value; a literal (most
   * outputs: a text, a whole number, yes or no) is its value. Anything else, or a variable not
   * given, is FEEL's to answer.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    String text = expression.strip();
    if (VARIABLE.matcher(text).matches() && !FEEL_WORDS.contains(text)) {
      var value = variableContext.resolve(text);
      if (value != null) {
        return (T) value.getValue();
      }
    } else if (TEXT.matcher(text).matches()) {
      return (T) text.substring(1, text.length() - 1);
    } else if (text.equals("true") || text.equals("false")) {
      return (T) Boolean.valueOf(text);
    } else if (WHOLE_NUMBER.matcher(text).matches()) {
      return (T) Long.valueOf(text); // as feel-scala gives a whole number to Java
    }
    ParsedExpression parsed = expressions.computeIfAbsent(expression, this::parseExpression);
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return variables;
          }
        };
    return (T) answer(expression, feelEngine.eval(parsed, context));
  }

  private ParsedExpression parseExpression(String expression) {
    return parsed(expression, feelEngine.parseExpression(expression));
  }

  private static final java.util.regex.Pattern VARIABLE =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final java.util.regex.Pattern TEXT =
      java.util.regex.Pattern.compile("\"[^\"\\\\]*\"");
  private static final java.util.regex.Pattern WHOLE_NUMBER =
      java.util.regex.Pattern.compile("-?[0-9]{1,15}");
  private static final java.util.Set<String> FEEL_WORDS = java.util.Set.of("true", "false", "null");

  @Override
  public boolean evaluateSimpleUnaryTests(
      String expression, String inputVariable, VariableContext variableContext) {
    if (expression.isBlank() || expression.strip().equals("-")) {
      return true; // "any value": most cells of a wide table, and FEEL's answer is always yes.
    }
    Optional<SimpleUnaryTests.Test> simple =
        simpleTests.computeIfAbsent(expression, SimpleUnaryTests::parse);
    if (simple.isPresent()) {
      Object value = variableContext.resolve(inputVariable).getValue();
      return Boolean.TRUE.equals(simple.get().apply(value));
    }
    ParsedExpression parsed = unaryTests.computeIfAbsent(expression, this::parse);
    VariableProvider input =
        new VariableProvider.StaticVariableProvider(
            new camundajar.impl.scala.collection.immutable.Map.Map1<>(
                INPUT_VARIABLE, inputVariable));
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
          }
        };
    // As the engine unboxes it: no answer (a null input) is no match.
    return Boolean.TRUE.equals(answer(expression, feelEngine.eval(parsed, context)));
  }

  private ParsedExpression parse(String expression) {
    return parsed(expression, feelEngine.parseUnaryTests(expression));
  }

  private static Object answer(
      String expression, Either<org.camunda.feel.FeelEngine.Failure, Object> result) {
    if (result instanceof Right<?, ?> right) {
      return right.value();
    }
    throw new FeelException(
        "FEEL cannot evaluate '" + expression + "': " + result.left().toOption().get());
  }

  private static ParsedExpression parsed(
      String expression, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed) {
    if (parsed instanceof Right<?, ?> right) {
      return (ParsedExpression) right.value();
    }
    throw new FeelException("FEEL cannot read '" + expression + "'");
  }
}
