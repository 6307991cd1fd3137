/** The closed backbone: who the principals are, their generated credentials, and the ACLs each one gets. */
package edu.lifecycle.localstack.backbone;
