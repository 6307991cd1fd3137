package edu.lifecycle.localstack.backbone;

import static org.apache.kafka.common.acl.AclOperation.ALL;
import static org.apache.kafka.common.acl.AclOperation.ALTER;
import static org.apache.kafka.common.acl.AclOperation.ALTER_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.DELETE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.DESCRIBE_CONFIGS;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/** Kafka's reading of ALLOW bindings, as the broker applies them: literal, wildcard and prefixed names, implied ops. */
record AclCheck(Collection<AclBinding> acls) {

    boolean allows(String principal, AclOperation operation, ResourceType type, String name) {
        return acls.stream()
                .filter(acl -> acl.entry().permissionType() == AclPermissionType.ALLOW)
                .filter(acl -> acl.entry().principal().equals("User:" + principal))
                .filter(acl -> acl.pattern().resourceType() == type)
                .filter(acl ->
                        matches(acl.pattern().patternType(), acl.pattern().name(), name))
                .anyMatch(acl -> implies(acl.entry().operation(), operation));
    }

    boolean allowsOnTopic(String principal, AclOperation operation, String topic) {
        return allows(principal, operation, ResourceType.TOPIC, topic);
    }

    private static boolean matches(PatternType pattern, String granted, String asked) {
        return switch (pattern) {
            case LITERAL -> granted.equals(asked) || granted.equals("*");
            case PREFIXED -> asked.startsWith(granted);
            default -> false;
        };
    }

    private static boolean implies(AclOperation granted, AclOperation asked) {
        if (granted == asked || granted == ALL) {
            return true;
        }
        if (asked == DESCRIBE) {
            return List.of(READ, WRITE, DELETE, ALTER).contains(granted);
        }
        return asked == DESCRIBE_CONFIGS && granted == ALTER_CONFIGS;
    }
}
