// Azure resources for Ledertrainee for Teams: Table Storage, an App Service running the Node server,
// a user-assigned managed identity (the bot's identity and the app's access to Table Storage) and the
// Azure Bot registration. Outputs are UPPER_SNAKE names that teamsapp.yml and the manifest read.
@description('Prefix for resource names, e.g. "ledertrainee-prod".')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('App Service plan SKU.')
param webAppSku string = 'B1'

@description('Display name of the bot in Teams.')
param botDisplayName string = 'Ledertrainee'

param location string = resourceGroup().location

var storageName = toLower(take(replace(resourceBaseName, '-', ''), 24))

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false // only Entra identities: no account keys in app settings
    supportsHttpsTrafficOnly: true
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

// Linux: App Service runs appCommandLine there, and PORT is a TCP port (on Windows it is a named pipe).
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
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      // Node 22 LTS (Node 20 reached end of life in April 2026). restify 11 does not run on Node 24.
      linuxFxVersion: 'NODE|22-lts'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
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
      ]
    }
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
output TABLES_ACCOUNT_URL string = storage.properties.primaryEndpoints.table
