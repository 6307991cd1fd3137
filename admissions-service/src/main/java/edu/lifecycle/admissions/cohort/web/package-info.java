/** REST queries of the cohort read models: pipeline, funnel and roster, answered by the instance holding them. */
package edu.lifecycle.admissions.cohort.web;
