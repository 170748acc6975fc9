/**
 * The user store in DynamoDB through the AWS SDK v2 enhanced client: the only package that imports the AWS SDK.
 */
package com.morningbackcoach.user.dynamodb;
