/**
 * Running carepath as a service: several nodes on one database (startup one node at a time), health
 * for a load balancer, and metrics for an operations team (the engine's own meters and the pathway
 * seen from outside).
 */
package org.carepath.operations;
