package org.carepath.access;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the family cases behind what a request named (process instances, tasks, business keys), and
 * whether the viewer's agencies worked with them. Reads the tables directly, so the access log
 * depends on no other feature.
 */
@Repository
class CaseLookup {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  CaseLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The references of existing cases among the candidates, in the order given. */
  Set<String> existing(Collection<String> references) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(references)) {
      found.addAll(
          jdbc.sql("select reference from carepath.family_case where reference in (:refs)")
              .param("refs", chunk)
              .query(String.class)
              .list());
    }
    Set<String> ordered = new LinkedHashSet<>(references);
    ordered.retainAll(found);
    return ordered;
  }

  /** The cases of engine ids: each instance's own business key and its root's. */
  Set<String> casesOf(EngineReads.Named named) {
    Set<String> candidates = new LinkedHashSet<>(named.businessKeys());
    Set<String> instances = new LinkedHashSet<>(named.processInstances());
    for (List<String> chunk : chunks(named.tasks())) {
      instances.addAll(
          jdbc.sql("select proc_inst_id_ from act_hi_taskinst where id_ in (:ids)")
              .param("ids", chunk)
              .query(String.class)
              .list());
    }
    for (List<String> chunk : chunks(instances)) {
      jdbc.sql(
              """
              select p.business_key_, r.business_key_
                from act_hi_procinst p
                left join act_hi_procinst r on r.id_ = p.root_proc_inst_id_
               where p.id_ in (:ids)
              """)
          .param("ids", chunk)
          .query(
              (rs, row) -> {
                candidates.add(rs.getString(1));
                candidates.add(rs.getString(2));
                return null;
              })
          .list();
    }
    candidates.remove(null);
    return candidates.isEmpty() ? Set.of() : existing(candidates);
  }

  /** The case of a task, if it belongs to one. */
  Set<String> caseOfTask(String taskId) {
    EngineReads.Named named = new EngineReads.Named();
    named.tasks().add(taskId);
    return casesOf(named);
  }

  /** Those of the cases that one of the groups works with, or that the user referred. */
  Set<String> served(Collection<String> references, String userId, Collection<String> groups) {
    Set<String> served = new HashSet<>();
    for (List<String> chunk : chunks(references)) {
      served.addAll(
          jdbc.sql(
                  """
                  select c.reference from carepath.family_case c
                   where c.reference in (:refs)
                     and (c.referred_by = :user
                          or exists (select 1 from carepath.case_agency a
                                      where a.case_id = c.id and a.agency in (:groups)))
                  """)
              .param("refs", chunk)
              .param("user", userId)
              .param("groups", groups.isEmpty() ? List.of("") : List.copyOf(groups))
              .query(String.class)
              .list());
    }
    return served;
  }

  /** Those of the cases the user holds emergency access to now. */
  Set<String> breakGlass(Collection<String> references, String userId, OffsetDateTime now) {
    Set<String> open = new HashSet<>();
    for (List<String> chunk : chunks(references)) {
      open.addAll(
          jdbc.sql(
                  """
                  select c.reference from carepath.break_glass b
                    join carepath.family_case c on c.id = b.case_id
                   where c.reference in (:refs) and b.user_id = :user and b.expires_at > :now
                  """)
              .param("refs", chunk)
              .param("user", userId)
              .param("now", now)
              .query(String.class)
              .list());
    }
    return open;
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
