/**
 * The open-data routes (paths under /open/ in shared/src/api/endpoints.ts) on an HTTP API of their own, whose CORS
 * lets any origin read them. API Gateway's CORS is one setting per API and overrides what a Lambda answers, so the
 * main API — which allows only the H5 site's origin — cannot open them; this one can. The same Lambda functions
 * serve both APIs (the main API's events come from infra/functions.cjs, and serverless-offline serves those locally).
 * osls merges this into `resources` (`${file(./infra/open-data-api.cjs)}` in serverless.yml).
 */
const tsx = require('tsx/cjs/api')

const { endpoints } = tsx.require('../shared/src/api/endpoints.ts', __filename)

/** `hsdsList` → `HsdsListLambdaFunction`: the logical id osls gives a function. */
const functionId = (name) => `${name[0].toUpperCase()}${name.slice(1)}LambdaFunction`
const API = 'OpenDataHttpApi'

module.exports = () => {
  const open = Object.values(endpoints).filter((endpoint) => endpoint.path.startsWith('/open/'))
  const Resources = {
    [API]: {
      Type: 'AWS::ApiGatewayV2::Api',
      Properties: {
        Name: { 'Fn::Sub': 'doorstep-${AWS::StackName}-open-data' },
        ProtocolType: 'HTTP',
        Description: 'Open data: HSDS 3.0 and Open311 GeoReport v2, read-only, any origin',
        CorsConfiguration: {
          AllowOrigins: ['*'],
          AllowMethods: ['GET', 'OPTIONS'],
          AllowHeaders: ['If-None-Match'],
          // a script in a page revalidates with the ETag and waits out a 429 by Retry-After
          ExposeHeaders: ['ETag', 'Retry-After'],
          MaxAge: 86400,
        },
      },
    },
    [`${API}Stage`]: {
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: { ApiId: { Ref: API }, StageName: '$default', AutoDeploy: true },
    },
  }
  for (const endpoint of open) {
    const fn = functionId(endpoint.name)
    const base = `${fn.replace(/LambdaFunction$/, '')}OpenData`
    Resources[`${base}Integration`] = {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: API },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [fn, 'Arn'] },
        PayloadFormatVersion: '2.0',
      },
    }
    Resources[`${base}Route`] = {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: {
        ApiId: { Ref: API },
        RouteKey: `${endpoint.method} ${endpoint.path}`,
        Target: { 'Fn::Join': ['/', ['integrations', { Ref: `${base}Integration` }]] },
      },
    }
    Resources[`${base}Permission`] = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${API}}/*` },
      },
    }
  }
  return {
    Resources,
    Outputs: { OpenDataApiUrl: { Description: 'Base URL of open data (CORS open)', Value: { 'Fn::GetAtt': [API, 'ApiEndpoint'] } } },
  }
}
