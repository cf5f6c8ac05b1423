// A small bundle with one of everything the gate reasons about: a request body with a required field, an optional
// field, an enum and an amount; a response with fields and an enum; a second operation on its own path; a webhook
// whose payload has an enum. Tests mutate a copy of it.
export function smallBundle(): any {
  return {
    openapi: '3.1.0',
    info: { title: 'Small', version: '1.2.0' },
    paths: {
      '/payments': {
        post: {
          operationId: 'createPayment',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/PaymentRequest' } } } },
          responses: { 200: { description: 'Created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Payment' } } } } },
        },
        get: { operationId: 'listPayments', responses: { 200: { description: 'All', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Payment' } } } } } } },
      },
      '/health': { get: { operationId: 'health', description: 'Is the service up', responses: { 200: { description: 'Up' } } } },
    },
    webhooks: {
      paymentStatus: {
        post: {
          operationId: 'paymentStatusWebhook',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/PaymentEvent' } } } },
          responses: { 200: { description: 'Received' } },
        },
      },
    },
    components: {
      schemas: {
        PaymentRequest: {
          type: 'object',
          required: ['amount'],
          properties: {
            amount: { type: 'number', 'x-amountPrecision': 2 },
            rail: { type: 'string', enum: ['ach', 'wire'] },
            memo: { type: 'string' },
            reference: { type: 'string' },
          },
        },
        Payment: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            amount: { type: 'number', 'x-amountPrecision': 2 },
            status: { type: 'string', enum: ['pending', 'settled'] },
            memo: { type: 'string' },
          },
        },
        PaymentEvent: {
          type: 'object',
          required: ['id', 'status'],
          properties: { id: { type: 'string' }, status: { type: 'string', enum: ['pending', 'settled'] }, note: { type: 'string' } },
        },
      },
    },
  };
}
