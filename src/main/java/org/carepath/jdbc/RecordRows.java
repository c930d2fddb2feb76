package org.carepath.jdbc;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps each row to a record by its constructor, matching a component {@code caseReference} to the
 * column {@code caseReference} or {@code case_reference} as Spring's {@code query(Record.class)}
 * does, with the same value conversions.
 *
 * <p>Why not Spring's own: it asks the result for each column by its Java name first and catches
 * the driver's exception when that is not the column's name, which is every multi-word name in our
 * snake_case schema, on every row. The drivers build an exception with a stack trace for each miss:
 * on the work list (50 rows of 10 columns) that was 350 exceptions a page and most of its time.
 * This one reads the result's column names once per query.
 *
 * <p>Use: {@code jdbc.sql(...).query(RecordRows.of(Row.class))}. It remembers the column positions
 * of the result it read last, so a mapper kept and shared still reads each result by its own.
 */
public final class RecordRows<T> implements RowMapper<T> {

  private record Shape(Constructor<?> constructor, String[] names, TypeDescriptor[] types) {}

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

  /** Where each component's value is in one result. */
  private record Columns(ResultSet result, int[] positions) {}

  private final Shape shape;
  private volatile Columns last;

  private RecordRows(Shape shape) {
    this.shape = shape;
  }

  /** A mapper for one query's rows of this record type. */
  public static <T extends Record> RecordRows<T> of(Class<T> type) {
    return new RecordRows<>(SHAPES.computeIfAbsent(type, RecordRows::shapeOf));
  }

  private static Shape shapeOf(Class<?> type) {
    Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
    String[] names = BeanUtils.getParameterNames(constructor);
    TypeDescriptor[] types = new TypeDescriptor[names.length];
    for (int i = 0; i < names.length; i++) {
      types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
    }
    return new Shape(constructor, names, types);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T mapRow(ResultSet rs, int rowNum) throws SQLException {
    Columns seen = last;
    if (seen == null || seen.result() != rs) {
      seen = new Columns(rs, columnsOf(rs.getMetaData()));
      last = seen;
    }
    int[] columns = seen.positions();
    Object[] args = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      TypeDescriptor type = shape.types()[i];
      Object value = JdbcUtils.getResultSetValue(rs, columns[i], type.getType());
      args[i] = CONVERSIONS.convert(value, type);
    }
    return (T) BeanUtils.instantiateClass(shape.constructor(), args);
  }

  /** Each component's column: its own name, else its snake_case name, ignoring case. */
  private int[] columnsOf(ResultSetMetaData meta) throws SQLException {
    Map<String, Integer> byLabel = new HashMap<>();
    for (int column = meta.getColumnCount(); column >= 1; column--) {
      // Counting down, so a name given twice resolves to its first column, as findColumn does.
      byLabel.put(JdbcUtils.lookupColumnName(meta, column).toLowerCase(Locale.ROOT), column);
    }
    String[] names = shape.names();
    int[] found = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      String snakeCase = JdbcUtils.convertPropertyNameToUnderscoreName(names[i]);
      Integer column = byLabel.get(names[i].toLowerCase(Locale.ROOT));
      if (column == null) {
        column = byLabel.get(snakeCase);
      }
      if (column == null) {
        throw new InvalidDataAccessApiUsageException(
            "The query gives no column for "
                + shape.constructor().getDeclaringClass().getSimpleName()
                + "."
                + names[i]
                + " (looked for "
                + names[i]
                + " and "
                + snakeCase
                + ")");
      }
      found[i] = column;
    }
    return found;
  }
}
