package org.carepath.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application over HTTP on an H2 file database of its own. The engine registers itself by name
 * ("default") for its REST API: one live context at a time, hence dirties-context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:file:./target/it-h2/${random.uuid};DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0")
@interface OwnH2Application {}
