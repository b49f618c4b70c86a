/** The demo logins printed at start-up and listed in the README. */
export const demoLogins = {
  admin: { email: 'admin@example.com', password: 'puoti-admin-demo' },
  customers: {
    emails: [1, 2, 3, 4, 5].map((n) => `customer${n}@example.com`),
    password: 'puoti-customer-demo',
  },
} as const;
