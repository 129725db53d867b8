// Azure resources for Ledertrainee for Teams:
// - Table Storage, reachable only from the app's virtual network (private endpoint), only with Entra
//   identities (no account keys), with the tables the server uses declared here;
// - a Linux App Service on Node 22 LTS running the prebuilt server, with a user-assigned managed
//   identity: the bot's identity and the app's access to Table Storage (Storage Table Data Contributor);
// - the Azure Bot with the Teams channel;
// - Application Insights on a Log Analytics workspace, receiving the server's logs (JSON lines on
//   stdout) and App Service's HTTP and platform logs.
// Outputs are UPPER_SNAKE names: the configuration keys the server reads, and the values teamsapp.yml
// and the Teams manifest use; the Agents Toolkit writes them into infra/env/.env.<environment>.
@description('Prefix for resource names, e.g. "ledertraineeprod" (letters and digits).')
@minLength(4)
@maxLength(16)
param resourceBaseName string

@description('App Service plan SKU (B1 or larger: virtual network integration and Always On).')
param webAppSku string = 'B1'

@description('Display name of the bot in Teams.')
param botDisplayName string = 'Ledertrainee'

@description('Client id of the tab\'s own Entra app (SSO): the audience of the tab\'s tokens.')
param tabAppClientId string

@description('Id of the Teams app (for links that open the app\'s tabs).')
param teamsAppId string

@description('Key that signs the calendar-file download links: at least 32 characters, kept per environment.')
@secure()
@minLength(32)
param calendarLinkSecret string

@description('How long the logs are kept (days).')
param logRetentionDays int = 30

param location string = resourceGroup().location

// Globally unique names (the web app's is its host name), stable per resource group.
var uniqueBaseName = toLower('${resourceBaseName}${take(uniqueString(resourceGroup().id), 6)}')

// The tables of bot/src/storage/createTableStorage.ts (production uses no table prefix).
// tests/infra/consistency.test.ts compares this list with the code's.
var tableNames = [
  'Programmes'
  'PersonIndex'
  'DepartmentIndex'
  'Departments'
  'People'
  'ConversationRefs'
  'HandledActivities'
  'Leases'
  'SentReminders'
  'SlotReservations'
  'TakeOffEvents'
  'ProgrammeChats'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

// ---- Network: the app reaches Table Storage over a private endpoint; the storage has no public access.
resource network 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: resourceBaseName
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.20.0.0/16'] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.20.1.0/24'
          delegations: [{ name: 'web', properties: { serviceName: 'Microsoft.Web/serverFarms' } }]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.20.2.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource tableDns 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.table.${environment().suffixes.storage}'
  location: 'global'
}

resource tableDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: tableDns
  name: resourceBaseName
  location: 'global'
  properties: {
    virtualNetwork: { id: network.id }
    registrationEnabled: false
  }
}

// ---- Storage: Entra access only, private endpoint only, HTTPS and TLS 1.2 only, no blob access.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(replace(uniqueBaseName, '-', ''), 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false // only Entra identities: no account keys anywhere
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Disabled' // reached through the private endpoint below
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for name in tableNames: {
    parent: tableService
    name: name
  }
]

resource tableEndpoint 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: '${resourceBaseName}-table'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', network.name, 'private-endpoints') }
    privateLinkServiceConnections: [
      {
        name: 'table'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: ['table']
        }
      }
    ]
  }
}

resource tableEndpointDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = {
  parent: tableEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [{ name: 'table', properties: { privateDnsZoneId: tableDns.id } }]
  }
}

// Storage Table Data Contributor for the app's identity.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, 'table-data-contributor')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Logs: Application Insights on a workspace that also receives App Service's own log streams.
resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: resourceBaseName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: resourceBaseName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: workspace.id
    RetentionInDays: logRetentionDays
  }
}

// ---- App Service. Linux: App Service runs appCommandLine there, and PORT is a TCP port.
resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: {
    reserved: true // what makes the plan Linux
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: uniqueBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Outbound traffic to private addresses (the storage's private endpoint) goes through the network;
    // the rest (Teams, Bot Framework, Microsoft Graph) leaves App Service as usual.
    virtualNetworkSubnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', network.name, 'app')
    siteConfig: {
      // Node 22 LTS (Node 20 reached end of life in April 2026). restify 11 does not run on Node 24.
      linuxFxVersion: 'NODE|22-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/api/health'
      // The artifact of `npm run package:server` (bot/dist + production node_modules), deployed as it is.
      // `npm start` is the local runner (Azurite, Playground); production runs the server alone.
      appCommandLine: 'node bot/dist/index.js'
      appSettings: [
        // Built before deployment: App Service neither builds nor installs anything.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'APP_MODE', value: 'production' }
        { name: 'MICROSOFT_APP_ID', value: identity.properties.clientId }
        { name: 'MICROSOFT_APP_TYPE', value: 'UserAssignedMSI' }
        { name: 'MICROSOFT_APP_TENANT_ID', value: identity.properties.tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'TABLES_ACCOUNT_URL', value: storage.properties.primaryEndpoints.table }
        { name: 'CALENDAR_LINK_SECRET', value: calendarLinkSecret }
        { name: 'TAB_APP_CLIENT_ID', value: tabAppClientId }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        // Read by the Application Insights agent (requests, dependencies, exceptions), not by the server.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
      ]
    }
  }
  dependsOn: [tableEndpointDns, tableDnsLink]
}

// The server logs JSON lines to stdout (pino): App Service's console log, sent to the workspace
// (table AppServiceConsoleLogs), beside its HTTP and platform logs.
resource webLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: web
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

// No basic-auth (user name and password) publishing: FTP is off, and deployments to the SCM site
// authenticate with Entra ID (the Agents Toolkit's zip deploy uses the signed-in account's token).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: web
  name: 'ftp'
  properties: { allow: false }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: web
  name: 'scm'
  properties: { allow: false }
}

// ---- The bot: the managed identity is its Entra identity (no app secret).
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
output BOT_DOMAIN string = web.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output MICROSOFT_APP_ID string = identity.properties.clientId
output MICROSOFT_APP_TENANT_ID string = identity.properties.tenantId
output TABLES_ACCOUNT_URL string = storage.properties.primaryEndpoints.table
